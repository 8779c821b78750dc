export {glossary} from './glossary.ts'
export type {GlossaryEntry} from './types.ts'

import type {glossary} from './glossary.ts'

/** A term of the glossary, as a string literal type. */
export type Term = (typeof glossary)[number]['term']
