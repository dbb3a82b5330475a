/** A valid article file's JSON (as parsed), to break one field at a time in tests. */
export function anArticleJson(): Record<string, unknown> {
  return {
    id: 'sleep',
    fr: {
      title: 'L’alcool et le sommeil',
      summary: 'L’alcool aide parfois à s’endormir, mais il abîme la seconde partie de la nuit.',
      paragraphs: ['Premier paragraphe\u00a0: une idée.', 'Deuxième paragraphe, une autre idée\u202f!'],
    },
    en: {
      title: 'Alcohol and sleep',
      summary: 'Alcohol may help you fall asleep, but it spoils the second half of the night.',
      paragraphs: ['First paragraph: one idea.', 'Second paragraph, another idea!'],
    },
    sources: [
      {
        publisher: 'MAAD Digital',
        title: 'Le sommeil sous alcool est-il réparateur ?',
        url: 'https://www.maad-digital.fr/decryptage/le-sommeil-sous-alcool-est-il-reparateur',
        year: 2017,
      },
    ],
    related: ['reperes'],
    reviewedOn: '2026-11-25',
  };
}
