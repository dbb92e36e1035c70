// In shared/: the chapter navigation in the slides and the Node tooling (checker, home page, export) read the same plan.
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
  /** The questions the deck answers, from the module outline. */
  questions: readonly string[]
}

export const COURSE_TITLE = 'Runtimes & CRI'

export const DECKS: readonly Deck[] = [
  { no: 0, slug: '00-runtimes-et-cri', title: 'Runtimes & CRI : vue d’ensemble du module', summary: 'Le contexte, les six chapitres et l’architecture complète, de kubectl au noyau.', questions: ['Comment un Pod passe-t-il de kubectl au noyau Linux ?', 'Quels runtimes existent, et que mesurent leurs tailles ?'] },
  { no: 1, slug: '01-comprendre-les-runtimes', title: 'Comprendre les runtimes', summary: 'Qu’est-ce qu’un runtime de conteneur, haut niveau contre bas niveau, et l’écosystème actuel.', questions: ['Qu’est-ce qu’un runtime de conteneur ?', 'Que fait un runtime de haut niveau, et un runtime de bas niveau ?', 'Pourquoi existe-t-il plusieurs runtimes ?'] },
  { no: 2, slug: '02-containerd', title: 'containerd', summary: 'Le runtime de haut niveau issu de Docker : architecture, plugin CRI, ctr et nerdctl.', questions: ['Qu’est-ce que containerd ?', 'Comment Docker et Kubernetes s’en servent-ils ?', 'Quand utiliser ctr, nerdctl ou crictl ?'] },
  { no: 3, slug: '03-cri-o', title: 'CRI-O', summary: 'Un runtime conçu pour Kubernetes seul, et quand le préférer à containerd.', questions: ['Comment CRI-O diffère-t-il de containerd ?', 'Quand choisir CRI-O ?'] },
  { no: 4, slug: '04-runc-oci', title: 'runc et l’OCI', summary: 'Les spécifications OCI, runc, ses alternatives, et la création d’un conteneur pas à pas.', questions: ['Qu’est-ce que runc et pourquoi est-il important ?', 'Que définissent les spécifications OCI ?', 'Comment runc crée-t-il un conteneur ?'] },
  { no: 5, slug: '05-interface-cri', title: 'L’interface CRI', summary: 'Le contrat gRPC entre le kubelet et le runtime : services, RPC, versions et crictl.', questions: ['Comment Kubernetes utilise-t-il la CRI pour dialoguer avec les runtimes ?', 'Que contiennent RuntimeService et ImageService ?'] },
  { no: 6, slug: '06-docker-et-containerd', title: 'Docker et containerd', summary: 'Pourquoi dockershim est parti, comment migrer, et pourquoi ce n’est pas grave.', questions: ['Pourquoi Docker a-t-il été « déprécié » dans Kubernetes ?', 'Qu’est-ce qui change en pratique, et pourquoi ce n’est pas grave ?'] },
]

/** What the learner will understand at the end of the module (the outline's objectives). */
export const OBJECTIVES: readonly string[] = [
  'La différence entre runtimes de haut niveau et de bas niveau',
  'Comment containerd et CRI-O s’intègrent à Kubernetes',
  'Le rôle de runc et des spécifications OCI',
  'Ce qu’est l’interface CRI et comment elle fonctionne',
  'L’architecture complète de l’écosystème des conteneurs',
  'Pourquoi Kubernetes a déclaré dockershim obsolète puis l’a retiré, et pourquoi ce n’est pas grave',
].map(o => o.replace('« ', '«\u00A0').replace(' »', '\u00A0»'))

/** What the module assumes the learner already knows; those sections are outside this module. */
export const PREREQUISITES: readonly string[] = [
  'L’architecture de Kubernetes, en particulier le rôle du kubelet sur chaque nœud',
  'Les bases de Docker : images, conteneurs, docker run',
  'La ligne de commande Linux (sudo, processus, fichiers)',
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
