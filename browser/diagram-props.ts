// The props every step-by-step diagram takes, besides its own data (components/Diagram*.vue).

/** What a slide can set on any diagram: its caption per step, its accessible name, its first click. */
export interface DiagramProps {
  /** One caption per step, shown under the drawing (DiagramCaption). */
  captions?: string[]
  /** The accessible name of the drawing; each component has its own default. */
  title?: string
  /** Its accessible description; by default, the component says what it draws. */
  description?: string
  /** The click that starts the diagram, as for `v-click` (default `'+1'`). */
  at?: number | string
  /** Height of the drawing in slide pixels; the width is the column's. */
  height?: number | string
  /** `'auto'`: a legend of the layer colours when there are more than three. */
  legend?: boolean | string
}

/** The defaults of those props: spread into each component's `withDefaults`. */
export const DIAGRAM_DEFAULTS = { captions: undefined, title: undefined, description: undefined, at: '+1', legend: 'auto' } as const
