// The printed model: one description of what the published tables print, for every writer.
export { printBook, printTable, printedPriors, roundedValues, figure, NO_DATA_NOTE, type PrintOptions } from './print-book'
export { printedRows } from './rows'
export type * from './types'
