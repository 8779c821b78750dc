// Single-file components, for `tsc` (Vite compiles them; `check-types` only needs their shape).
declare module '*.vue' {
  import type {DefineComponent} from 'vue'
  const component: DefineComponent
  export default component
}

// Stylesheets imported for their side effect.
declare module '*.css'
