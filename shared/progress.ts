// In shared/: the slides record progress with it in the browser, and the Node home-page generator embeds the same reading.
/**
 * The learner's progress, kept on their own device (localStorage): the last slide seen in each
 * deck, and which deck was seen last. Pure functions: the deck records, the course home reads.
 */

export const PROGRESS_KEY = 'runtimes-et-cri:progression'

export interface DeckProgress {
  slide: number
  total: number
  /** When it was seen, in ms since the epoch. */
  at: number
}

export type Progress = Record<string, DeckProgress>

/** Progress read from storage; anything unreadable counts as no progress. */
export function parseProgress(raw: string | null): Progress {
  try {
    const value = JSON.parse(raw ?? '{}')
    return value && typeof value === 'object' && !Array.isArray(value) ? value as Progress : {}
  }
  catch {
    return {}
  }
}

export function recordSlide(progress: Progress, slug: string, slide: number, total: number, at: number): Progress {
  return { ...progress, [slug]: { slide, total, at } }
}

/**
 * Where to resume: the deck seen most recently, at its last slide, with a sentence for the home
 * page. `decks` gives the order and the chapter numbers; unknown slugs are ignored.
 */
export function resumeTarget(progress: Progress, decks: readonly { no: number, slug: string }[]): { slug: string, slide: number, label: string } | undefined {
  let best: { slug: string, no: number, entry: DeckProgress } | undefined
  for (const deck of decks) {
    const entry = progress[deck.slug]
    if (entry && Number.isInteger(entry.slide) && entry.slide >= 1 && (!best || entry.at > best.entry.at))
      best = { slug: deck.slug, no: deck.no, entry }
  }
  if (!best)
    return undefined
  const where = best.no === 0 ? 'à la vue d’ensemble' : `au chapitre ${best.no}`
  return { slug: best.slug, slide: best.entry.slide, label: `Reprendre ${where}, diapositive ${best.entry.slide}` }
}
