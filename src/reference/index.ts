/** Reference data samverka ships with: code lists copied into the repository with their sources. */
export * from './cpv-2008';
export * from './sdg-goals';
export * from './se-regions';
