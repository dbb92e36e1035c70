// The checker's French messages on the slide, in `npm run dev` only (node/live-check.ts sends them
// at each save of the deck). A box at the top of the window; gone once the deck is clean again.
interface LiveCheckPayload {
  file: string
  problems: string[]
}

function show({ problems }: LiveCheckPayload) {
  document.getElementById('course-live-check')?.remove()
  if (!problems.length)
    return
  const box = document.createElement('aside')
  box.id = 'course-live-check'
  box.dataset.testid = 'live-check'
  box.setAttribute('role', 'alert')
  box.style.cssText = 'position:fixed;top:0;left:0;right:0;z-index:10000;max-height:45vh;overflow:auto;margin:0;padding:.6rem 1rem;background:#fef2f2;color:#7f1d1d;border-bottom:3px solid #b91c1c;font:14px/1.4 system-ui,sans-serif'
  const title = document.createElement('strong')
  title.textContent = `Vérification du deck : ${problems.length} problème${problems.length > 1 ? 's' : ''} (corrigez puis enregistrez)`
  const list = document.createElement('ul')
  list.style.cssText = 'margin:.3rem 0 0;padding-left:1.2rem;font-family:ui-monospace,monospace;font-size:13px'
  for (const p of problems) {
    const item = document.createElement('li')
    item.textContent = p
    list.append(item)
  }
  const close = document.createElement('button')
  close.textContent = 'Masquer'
  close.style.cssText = 'float:right;font:inherit;cursor:pointer'
  close.onclick = () => box.remove()
  box.append(close, title, list)
  document.body.append(box)
}

if (import.meta.hot) {
  import.meta.hot.on('course:check', show)
  import.meta.hot.send('course:check-request')
}
