/**
 * The default theme, plus: `<MermaidDiagram>` for the chapters' diagrams, a
 * line above every chapter naming the Moby tag it describes, and the styles
 * of glossary cards and citations.
 */
import DefaultTheme from 'vitepress/theme'
import {h} from 'vue'
import type {Theme} from 'vitepress'
import MermaidDiagram from './MermaidDiagram.vue'
import MobyTag from './MobyTag.vue'
import './style.css'

export default {
  extends: DefaultTheme,
  Layout: () => h(DefaultTheme.Layout, null, {'doc-before': () => h(MobyTag)}),
  enhanceApp({app}) {
    app.component('MermaidDiagram', MermaidDiagram)
  },
} satisfies Theme
