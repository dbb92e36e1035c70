/**
 * The module's decks, in teaching order. Single source for the chapter
 * navigation, the course home and the tests; each deck's headmatter `title`
 * must equal `title` here and its `exportFilename` must equal `slug`.
 */
export interface Deck {
  /** Position in the module: 0 is the overview, 1 to 6 the chapters. */
  no: number
  /** File stem under `slides/`, also the deck's folder in `dist/`. */
  slug: string
  title: string
  /** One line on what the deck answers, for the course home. */
  summary: string
}

export const COURSE_TITLE = 'Runtimes & CRI'

export const DECKS: readonly Deck[] = [
  { no: 0, slug: '00-runtimes-et-cri', title: 'Runtimes & CRI : vue d’ensemble du module', summary: 'Le contexte, les six chapitres et l’architecture complète, de kubectl au noyau.' },
  { no: 1, slug: '01-comprendre-les-runtimes', title: 'Comprendre les runtimes', summary: 'Qu’est-ce qu’un runtime de conteneur, haut niveau contre bas niveau, et l’écosystème actuel.' },
  { no: 2, slug: '02-containerd', title: 'containerd', summary: 'Le runtime de haut niveau issu de Docker : architecture, plugin CRI, ctr et nerdctl.' },
  { no: 3, slug: '03-cri-o', title: 'CRI-O', summary: 'Un runtime conçu pour Kubernetes seul, et quand le préférer à containerd.' },
  { no: 4, slug: '04-runc-oci', title: 'runc et l’OCI', summary: 'Les spécifications OCI, runc, ses alternatives, et la création d’un conteneur pas à pas.' },
  { no: 5, slug: '05-interface-cri', title: 'L’interface CRI', summary: 'Le contrat gRPC entre le kubelet et le runtime : services, RPC, versions et crictl.' },
  { no: 6, slug: '06-docker-et-containerd', title: 'Docker et containerd', summary: 'Pourquoi dockershim est parti, comment migrer, et pourquoi ce n’est pas grave.' },
]

/** Number of chapters, the overview excluded. */
export const CHAPTER_COUNT = DECKS.length - 1

/**
 * Finds a deck from what a person types: its number (`1`, `01`) or its slug
 * (`01-comprendre-les-runtimes`, with or without `slides/` and `.md`).
 */
export function findDeck(query: string): Deck | undefined {
  const q = query.trim().replace(/^slides\//, '').replace(/\.md$/, '')
  if (/^\d+$/.test(q))
    return DECKS.find(d => d.no === Number(q))
  return DECKS.find(d => d.slug === q)
}

/** The decks before and after `slug` in teaching order. */
export function neighbours(slug: string): { previous?: Deck, next?: Deck } {
  const i = DECKS.findIndex(d => d.slug === slug)
  if (i < 0)
    return {}
  return { previous: DECKS[i - 1], next: DECKS[i + 1] }
}

/** "chapitre 2/6" for a chapter, "vue d’ensemble" for the overview. */
export function chapterLabel(deck: Deck): string {
  return deck.no === 0 ? 'vue d’ensemble' : `chapitre ${deck.no}/${CHAPTER_COUNT}`
}
