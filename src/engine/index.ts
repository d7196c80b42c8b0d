/**
 * The engine: the machinery for law as data. Dates, dated values, citations, three-valued facts
 * and trace records. It knows no law (that is `rules`) and does no IO.
 */
export * from './citation';
export * from './dated';
export * from './decision';
export * from './dates';
export * from './lang';
export * from './trace';
export * from './tri';
