import { describe, expect, it } from 'vitest'
import { optionMark, validateQuiz, verdict } from '../../browser/quiz.ts'

describe('verdict', () => {
  it('is unanswered until the learner checks an option', () => {
    expect(verdict(null, 1)).toBe('unanswered')
  })
  it('says right or wrong, with answers written as Markdown strings too', () => {
    expect(verdict(1, 1)).toBe('correct')
    expect(verdict(1, '1')).toBe('correct')
    expect(verdict(0, 1)).toBe('wrong')
  })
})

describe('optionMark', () => {
  it('marks nothing before the answer is revealed', () => {
    expect([0, 1, 2].map(i => optionMark(i, 1, null, false))).toEqual(['none', 'none', 'none'])
  })
  it('marks the right option and the learner’s wrong choice once checked', () => {
    expect([0, 1, 2].map(i => optionMark(i, 1, 2, true))).toEqual(['none', 'right', 'chosen-wrong'])
  })
  it('marks only the right option in print, where nobody chose', () => {
    expect([0, 1, 2].map(i => optionMark(i, 2, null, true))).toEqual(['none', 'none', 'right'])
  })
})

describe('validateQuiz', () => {
  it('rejects an answer outside the options and a single option', () => {
    expect(validateQuiz(['a', 'b'], 2)).toEqual(['answer vaut 2, mais les réponses vont de 0 à 1'])
    expect(validateQuiz(['a'], 0)).toEqual(['il faut au moins deux réponses possibles'])
  })
  it('accepts a good question', () => {
    expect(validateQuiz(['a', 'b', 'c'], '2')).toEqual([])
  })
})
