// The generated disclosure text (contract B): see types.ts.
export * from './types'
export { buildDisclosure, disclosureOf, plainText } from './build'
export { figuresOfDerivation } from './figures'
