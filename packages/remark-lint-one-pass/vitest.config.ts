// The shared settings also for a bare `vitest run` here (tests in `src/` only, the long timeout the differential needs).
export {default} from '../../vitest.shared.ts'
