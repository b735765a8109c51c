// The generated disclosure text (contract B): see types.ts.
export * from './types'
export { buildDisclosure, plainText } from './build'
