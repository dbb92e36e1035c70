// Fonts are bundled from npm so that a classroom without network sees the same slides.
import '@fontsource/nunito-sans/latin-400.css'
import '@fontsource/nunito-sans/latin-400-italic.css'
import '@fontsource/nunito-sans/latin-700.css'
import '@fontsource/fira-code/latin-400.css'
import './course.css'
import './notes.css'
