// In shared/: the slides show these versions, and the Node home-page generator prints the same ones.
/**
 * The course date and the versions it teaches, defined once. Decks show them through
 * <Version of="…" /> and <CourseVersions />, the course home through the same data. A release
 * that changes a fact changes this file, then the slides that the checker or a test points to.
 *
 * `release` is the minor release the course teaches, as of COURSE_DATE; `source` says where that
 * was read (a tag of the project's repository, or its release page). `next`, when set, is the
 * following minor release, announced or already out, which a node may already run: the decks
 * give `check`, the command that tells.
 */
export interface TaughtVersion {
  /** Name as a slide writes it. */
  name: string
  /** The minor release the course teaches, e.g. '2.3'. */
  release: string
  /** Its newest patch release read, e.g. 'v2.3.4'. */
  patch: string
  /** Date of that patch release, YYYY-MM-DD. */
  date: string
  /** The following minor release, announced or out. */
  next?: string
  /** The command that tells which version a node runs. */
  check: string
  /** Where the version was read. */
  source: string
}

/** The course is up to date as of this day. */
export const COURSE_DATE = '2026-12-02'

/** The day the primary-source repositories were last read for this edition. */
export const SOURCES_READ = '2026-08-22'

export const VERSIONS = {
  kubernetes: { name: 'Kubernetes', release: '1.37', patch: 'v1.37.1', date: '2026-09-15', next: '1.38', check: 'kubectl version', source: 'kubernetes.io/releases/1.37 (1.37.0 publiée le 2026-08-26, 1.37.1 le 2026-09-15) ; la CRI lue dans kubernetes/cri-api aux tags kubernetes-1.36.3 et kubernetes-1.37.0-beta.0 (mêmes 35 + 6 RPC)' },
  containerd: { name: 'containerd', release: '2.3', patch: 'v2.3.4', date: '2026-08-12', next: '2.4', check: 'containerd --version', source: 'containerd/containerd RELEASES.md (2.3 LTS jusqu’au 30 avril 2028 ; 2.4, non LTS, prévue le 26 août 2026 et suivie jusqu’au 26 avril 2027) et tag v2.3.4' },
  crio: { name: 'CRI-O', release: '1.36', patch: 'v1.36.3', date: '2026-08-04', next: '1.37', check: 'crio version', source: 'cri-o/cri-o, tag v1.36.3' },
  runc: { name: 'runc', release: '1.6', patch: 'v1.6.0', date: '2026-11-27', check: 'runc --version', source: 'opencontainers/runc, notes de version v1.6.0 (27 novembre 2026) ; le code lu au tag v1.5.1' },
  crun: { name: 'crun', release: '1.29', patch: '1.29.1', date: '2026-08-13', check: 'crun --version', source: 'containers/crun, tag 1.29.1' },
  crictl: { name: 'crictl', release: '1.36', patch: 'v1.36.0', date: '2026-04-24', check: 'crictl --version', source: 'kubernetes-sigs/cri-tools, tag v1.36.0' },
  docker: { name: 'Docker Engine', release: '29.7', patch: 'v29.7.2', date: '2026-08-05', check: 'docker version', source: 'moby/moby, tag docker-v29.7.2' },
} as const satisfies Record<string, TaughtVersion>

export type VersionKey = keyof typeof VERSIONS

/** « 2 décembre 2026 » from '2026-12-02'. */
export function frenchDate(iso: string): string {
  const months = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']
  const [y, m, d] = iso.split('-').map(Number)
  return `${d === 1 ? '1er' : d}\u00A0${months[m - 1]}\u00A0${y}`
}

/** « à jour au 2 décembre 2026 », as the covers and the home page say it. */
export const COURSE_DATE_LABEL = `à jour au ${frenchDate(COURSE_DATE)}`
