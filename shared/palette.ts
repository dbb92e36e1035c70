// In shared/: the diagram components and mermaid paint with it in the slides, and the tests check it in Node.
/**
 * The course's diagram language: one colour per layer of the stack, the same in every deck and
 * every kind of diagram. `tone` names what a box IS (containerd is `high` everywhere), never
 * what it means on one slide. The CSS custom properties `--tone-<name>-fill|stroke|ink` and
 * mermaid's classDefs are generated from this map (node/palette-style.ts writes the properties
 * into each deck's page as a stylesheet, setup/mermaid.ts the classDefs).
 */
export const TONES = {
  k8s: { label: 'Kubernetes', fill: '#dbeafe', stroke: '#1d4ed8', ink: '#172554' },
  cri: { label: 'CRI (interface)', fill: '#ede9fe', stroke: '#6d28d9', ink: '#2e1065' },
  high: { label: 'runtime de haut niveau', fill: '#ccfbf1', stroke: '#0f766e', ink: '#042f2e' },
  shim: { label: 'shim ou moniteur', fill: '#fef3c7', stroke: '#b45309', ink: '#451a03' },
  low: { label: 'runtime de bas niveau (OCI)', fill: '#fce7f3', stroke: '#be185d', ink: '#500724' },
  kernel: { label: 'noyau Linux', fill: '#e5e7eb', stroke: '#374151', ink: '#111827' },
  neutral: { label: 'client, outil ou fichier', fill: '#ffffff', stroke: '#6b7280', ink: '#111827' },
} as const

export type Tone = keyof typeof TONES
export const TONE_NAMES = Object.keys(TONES) as Tone[]

/** The course accent: what the current step adds is outlined in it. */
export const ACCENT = '#1d4ea8'

export function isTone(value: unknown): value is Tone {
  return typeof value === 'string' && value in TONES
}

/** A tone, or neutral for anything else, so that a typo never paints a box black. */
export function toneOf(value: unknown): Tone {
  return isTone(value) ? value : 'neutral'
}

/** The CSS custom properties of the palette, as `name → value`. */
export function paletteProperties(): Record<string, string> {
  const props: Record<string, string> = { '--course-accent': ACCENT }
  for (const name of TONE_NAMES) {
    const t = TONES[name]
    props[`--tone-${name}-fill`] = t.fill
    props[`--tone-${name}-stroke`] = t.stroke
    props[`--tone-${name}-ink`] = t.ink
  }
  return props
}

/**
 * The palette as one `:root` rule: put in the deck's page at build time, so the colours are there
 * before any script runs, in print and in the reading pages that copy the deck's stylesheets.
 */
export function paletteCss(): string {
  const body = Object.entries(paletteProperties()).map(([name, value]) => `${name}:${value}`).join(';')
  return `:root{${body}}`
}

/**
 * The distinct layer colours of a diagram, in palette order: what its legend lists. Neutral
 * (white: clients, tools, files) is no layer and needs no key.
 */
export function tonesUsed(items: readonly { tone?: unknown }[]): Tone[] {
  const used = new Set(items.map(i => toneOf(i.tone)))
  return TONE_NAMES.filter(t => t !== 'neutral' && used.has(t))
}

/**
 * Whether a diagram shows its legend: `legend` true or false decides; by default ('auto'),
 * only when it uses more than three colours, where the eye can no longer keep them apart.
 */
export function showLegend(legend: boolean | string | undefined, tones: readonly Tone[]): boolean {
  if (legend === true || legend === 'true' || legend === '')
    return tones.length > 0
  if (legend === false || legend === 'false')
    return false
  return tones.length > 3
}

/** Mermaid `classDef` lines, one per tone: a deck writes `class kubelet k8s` in its diagram. */
export function mermaidClassDefs(): string {
  return TONE_NAMES.map(name => `classDef ${name} fill:${TONES[name].fill},stroke:${TONES[name].stroke},color:${TONES[name].ink},stroke-width:2px`).join('\n')
}

/** Mermaid's base theme in the course's colours: neutral boxes, dark ink, 18-px labels. */
export function mermaidThemeVariables(): Record<string, string> {
  return {
    fontSize: '18px',
    primaryColor: TONES.neutral.fill,
    primaryBorderColor: TONES.neutral.stroke,
    primaryTextColor: TONES.neutral.ink,
    lineColor: '#374151',
    textColor: '#111827',
    clusterBkg: '#f9fafb',
    clusterBorder: '#6b7280',
    edgeLabelBackground: '#ffffff',
  }
}

/** CSS that paints a mermaid node of class `<tone>` as DiagramFlow paints a box of that tone. */
export function mermaidThemeCss(): string {
  const rules = TONE_NAMES.map((name) => {
    const t = TONES[name]
    return `.node.${name} rect, .node.${name} polygon, .node.${name} circle, .node.${name} path { fill: ${t.fill} !important; stroke: ${t.stroke} !important; stroke-width: 2px !important; }
.node.${name} .nodeLabel, .node.${name} text { color: ${t.ink} !important; fill: ${t.ink} !important; }
.cluster.${name} rect { fill: ${t.fill} !important; fill-opacity: 0.45; stroke: ${t.stroke} !important; stroke-dasharray: 6 4; }`
  })
  return [...rules, '.nodeLabel { font-weight: 700; }', '.edgeLabel { font-size: 16px; font-weight: 600; }'].join('\n')
}
