import { defineMermaidSetup } from '@slidev/types'
import { mermaidThemeCss, mermaidThemeVariables } from '../shared/palette'

// Mermaid 12 defaults to the ELK layout and a new look; the course pins the classic look and
// dagre so that diagrams keep their shape across mermaid updates (pitfall 7). The colours are the
// course's layers (shared/palette.ts): a deck writes `class kubelet k8s` (or `kubelet:::k8s`) and
// the box takes the Kubernetes colour, as in DiagramFlow. Sizes follow the projection scale.
export default defineMermaidSetup(() => ({
  theme: 'base',
  look: 'classic',
  layout: 'dagre',
  fontFamily: '"Nunito Sans", sans-serif',
  themeVariables: mermaidThemeVariables(),
  themeCSS: mermaidThemeCss(),
  flowchart: { nodeSpacing: 40, rankSpacing: 44, padding: 12, curve: 'linear' },
}))
