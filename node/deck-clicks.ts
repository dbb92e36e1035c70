import type { FlowEdge, FlowNode } from '../shared/flow-layout.ts'
import type { StackColumn } from '../shared/stack-layout.ts'
import type { StateNode, Transition } from '../shared/states-layout.ts'
import type { TreeNode } from '../shared/tree-layout.ts'
import { layoutFlow } from '../shared/flow-layout.ts'
import { stackStepCount } from '../shared/stack-layout.ts'
import { statesStepCount } from '../shared/states-layout.ts'
import { compareSteps, sequential, stepCount } from '../shared/steps.ts'
import { treeStepCount } from '../shared/tree-layout.ts'

export interface TagMatch {
  name: string
  /** The whole opening tag, attributes included. */
  tag: string
  index: number
}

/**
 * Opening tags of components (PascalCase or kebab-case with a dash) in Markdown, attributes
 * included even when they span lines: a tag ends at the first `>` outside a "…" attribute.
 */
export function findTags(text: string): TagMatch[] {
  const tags: TagMatch[] = []
  for (const start of text.matchAll(/<([A-Z]\w*|[a-z]\w*(?:-\w+)+)(?=[\s/>])/g)) {
    let inQuotes = false
    let end = start.index + start[0].length
    for (; end < text.length; end++) {
      if (text[end] === '"')
        inQuotes = !inQuotes
      else if (text[end] === '>' && !inQuotes)
        break
    }
    tags.push({ name: start[1], tag: text.slice(start.index, end + 1), index: start.index })
  }
  return tags
}

/** Markdown without its fenced code blocks, lines kept in place (blanked) so offsets still match. */
export function withoutCode(text: string): string {
  return text.replace(/^(```|~~~)[\s\S]+?^\1.*$/gm, block => block.replace(/[^\n]/g, ' '))
}

/** Evaluates a prop written as a JS literal in Markdown (`:nodes="[…]"`); undefined if it is not one. */
export function literalProp(tag: string, name: string): unknown {
  const match = tag.match(new RegExp(`:${name}="([\\s\\S]*?)"(?=\\s|/?>)`))
  if (!match)
    return undefined
  try {
    // eslint-disable-next-line no-new-func
    return new Function(`return (${match[1]})`)()
  }
  catch {
    return undefined
  }
}

/** Clicks a course component claims, computed from its props as the component itself does. */
export function componentClicks(name: string, tag: string): number {
  const list = (prop: string) => (literalProp(tag, prop) as any[] | undefined) ?? []
  switch (name) {
    case 'DiagramFlow': {
      const nodes = list('nodes') as FlowNode[]
      const edges = layoutFlow(nodes, list('edges') as FlowEdge[], 'TB', 880, 360).edges
      return stepCount([...nodes, ...edges])
    }
    case 'DiagramSequence':
      return stepCount(sequential(list('messages')))
    case 'DiagramCompare':
      return compareSteps(list('before')).afterStep
    case 'DiagramTimeline':
      return stepCount(sequential(list('events')))
    case 'TerminalReplay':
      return stepCount(sequential(list('commands')))
    case 'DiagramTree':
      return treeStepCount(list('nodes') as TreeNode[])
    case 'DiagramStates':
      return statesStepCount(list('states') as StateNode[], list('transitions') as Transition[])
    case 'DiagramStack':
      return stackStepCount(list('columns') as StackColumn[])
    default:
      return 0
  }
}

/**
 * An estimate of a slide's clicks from its Markdown, without a browser: `clicks:` frontmatter,
 * v-click elements, <v-clicks> list items and the course's step components.
 */
export function countClicks(content: string, frontmatter: Record<string, unknown>): number {
  if (frontmatter.clicks !== undefined)
    return Number(frontmatter.clicks)
  const text = withoutCode(content)
  let clicks = 0
  clicks += (text.match(/\sv-click(?=[\s>=/])/g) ?? []).length
  clicks += (text.match(/<v-click(?=[\s>])/gi) ?? []).length + (text.match(/<VClick(?=[\s>])/g) ?? []).length
  for (const block of text.matchAll(/<v-clicks[^>]*>([\s\S]*?)<\/v-clicks>/gi))
    clicks += (block[1].match(/^\s{0,3}(?:[-*+]|\d+\.)\s/gm) ?? []).length
  for (const { name, tag } of findTags(text))
    clicks += componentClicks(name, tag)
  return clicks
}
