/** Reference data samverka ships with: code lists copied into the repository with their sources. */
export * from './cpv-2008';
