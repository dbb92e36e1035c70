import { defineMermaidSetup } from '@slidev/types'

// Mermaid 12 defaults to the ELK layout and a new look; the course pins the classic
// look and dagre so that diagrams keep their shape across mermaid updates (pitfall 7).
export default defineMermaidSetup(() => ({
  theme: 'neutral',
  look: 'classic',
  layout: 'dagre',
  fontFamily: '"Nunito Sans", sans-serif',
  themeVariables: { fontSize: '16px' },
}))
