// The workspace's shared Vitest settings, so a plain `vitest run` here uses them too.
export {default} from '../../vitest.shared.ts'
