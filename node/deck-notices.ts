import type { HtmlTagDescriptor, Plugin } from 'vite'

/**
 * Shown instead of a deck opened from file:// (double-click on dist/…/index.html). Module scripts
 * cannot load from file://, so the deck would stay blank; this classic inline script still runs.
 */
const FILE_NOTICE = `if (location.protocol === 'file:') document.addEventListener('DOMContentLoaded', function () {
  document.body.innerHTML = '<main data-testid="file-notice" style="font-family:system-ui,sans-serif;max-width:44rem;margin:3rem auto;padding:0 1.25rem;line-height:1.5;color:#1f2937">'
    + '<h1>Ce chapitre doit être servi, pas ouvert comme un fichier</h1>'
    + '<p>Un navigateur refuse de charger une présentation depuis <code>file://</code>. Dans le dossier du cours, lancez <code>npm start</code>, puis ouvrez <code>http://127.0.0.1:3030/</code>.</p>'
    + '<p>Sans le dossier du cours : dans le dossier <code>dist/</code>, <code>python3 -m http.server</code>, puis <code>http://127.0.0.1:8000/</code>.</p></main>';
});`

/**
 * Ctrl+P on a slide would print that one slide, cropped. The printed page says instead where the whole
 * deck prints (its print view) and where its PDFs are. Slidev's print view (#/print, ?print) prints as usual.
 */
const PRINT_NOTICE = `(function () {
  var root = document.documentElement;
  addEventListener('beforeprint', function () {
    var printView = /[?&]print\\b/.test(location.search) || /^#\\/(?:presenter\\/)?(?:print|export)\\b/.test(location.hash);
    root.classList.toggle('course-print-notice', !printView);
    var base = location.href.split('#')[0].split('?')[0];
    var slug = (location.pathname.match(/([\\w-]+)\\/(?:index\\.html)?$/) || [])[1];
    document.getElementById('course-print-view').textContent = base + '#/print';
    document.getElementById('course-print-pdfs').textContent = slug ? new URL('../pdf/' + slug + '.pdf', base).href + ' (et ' + slug + '-handout.pdf, avec les notes)' : 'npm run export, puis dist/pdf/';
  });
  addEventListener('afterprint', function () { root.classList.remove('course-print-notice'); });
})();`

const PRINT_CSS = `#course-print-notice{display:none}
@media print{
  .slidev-pwa-indicator{display:none!important}
  html.course-print-notice #app{display:none!important}
  html.course-print-notice #course-print-notice{display:block;font-family:system-ui,sans-serif;font-size:14pt;line-height:1.5;margin:2cm;color:#000}
}`

const PRINT_BODY = `<h1>Imprimer ce chapitre</h1>
<p>Cette page imprime une seule diapositive. Pour tout le chapitre, ouvrez sa vue d’impression puis Ctrl+P&nbsp;: <strong id="course-print-view"></strong></p>
<p>Ou prenez ses PDF, déjà prêts&nbsp;: <strong id="course-print-pdfs"></strong></p>`

/** French answers, in every deck's index.html, for a deck opened from file:// and for Ctrl+P. */
export function deckNotices(): Plugin {
  return {
    name: 'course:deck-notices',
    transformIndexHtml(): HtmlTagDescriptor[] {
      return [
        { tag: 'script', children: FILE_NOTICE, injectTo: 'head-prepend' },
        { tag: 'style', children: PRINT_CSS, injectTo: 'head' },
        { tag: 'script', children: PRINT_NOTICE, injectTo: 'body' },
        { tag: 'div', attrs: { 'id': 'course-print-notice', 'data-testid': 'print-notice' }, children: PRINT_BODY, injectTo: 'body' },
      ]
    },
  }
}
