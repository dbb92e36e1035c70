/** Pure logic of the self-check quiz: what the learner's choice means and how each option shows. */

export type Verdict = 'unanswered' | 'correct' | 'wrong'
export type OptionMark = 'none' | 'right' | 'chosen-wrong'

/** An answer index as a number (Markdown attributes arrive as strings). */
export function toIndex(value: number | string): number {
  return Number(value)
}

export function validateQuiz(options: readonly string[], answer: number | string): string[] {
  const problems: string[] = []
  if (options.length < 2)
    problems.push('il faut au moins deux réponses possibles')
  const i = toIndex(answer)
  if (!Number.isInteger(i) || i < 0 || i >= options.length)
    problems.push(`answer vaut ${answer}, mais les réponses vont de 0 à ${options.length - 1}`)
  return problems
}

export function verdict(checked: number | null, answer: number | string): Verdict {
  if (checked === null)
    return 'unanswered'
  return checked === toIndex(answer) ? 'correct' : 'wrong'
}

/**
 * How option `index` is marked once the answer is shown (after a check, or in print):
 * the right one always, the learner's wrong choice too.
 */
export function optionMark(index: number, answer: number | string, checked: number | null, revealed: boolean): OptionMark {
  if (!revealed)
    return 'none'
  if (index === toIndex(answer))
    return 'right'
  return index === checked ? 'chosen-wrong' : 'none'
}
