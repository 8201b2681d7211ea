import {
  article,
  cite,
  conclusion,
  em,
  lede,
  link,
  p,
  quote,
  section,
  source,
  term,
  terms,
  ul,
} from '@kiji/core';

// The English example: the EU Artificial Intelligence Act entering into force.
// Written in this project's own words from the public record.

export const euAiAct = article({
  id: 'eu-ai-act',
  meta: {
    title: 'The EU AI Act enters into force',
    kicker: 'Explainer',
    subtitle: 'What the first comprehensive law on artificial intelligence requires, and when',
    language: 'en',
    published: '2024-08-01',
    authors: [{ name: 'Kiji Briefings', role: 'Policy desk' }],
    publisher: { name: 'Kiji Briefings' },
    tags: ['European Union', 'artificial intelligence', 'regulation'],
    summary:
      'Regulation (EU) 2024/1689 took effect on 1 August 2024. Its obligations arrive in stages over three years, starting with a ban on a short list of practices.',
  },
  children: [
    lede(
      'The European Union’s Artificial Intelligence Act, Regulation (EU) 2024/1689, entered into force on 1 August 2024, twenty days after its publication in the Official Journal. It is the first broad, binding law on artificial intelligence adopted by a major jurisdiction, and its duties will phase in over the next three years.',
    ),
    section(
      'A law built on risk',
      [
        p(
          'Rather than regulating the technology as such, the Act sorts AI systems by the risk their use poses to health, safety and fundamental rights',
          cite('eur-lex'),
          '. The heavier the risk, the stricter the rules.',
        ),
        terms(
          term(
            'Unacceptable risk',
            'Practices such as social scoring by public authorities, which are banned outright.',
          ),
          term(
            'High risk',
            'Systems used in areas such as recruitment, credit scoring, critical infrastructure or law enforcement. Providers must manage risks, document their systems, keep logs and allow human oversight.',
          ),
          term(
            'Limited risk',
            'Systems such as chatbots, which must tell people that they are interacting with a machine, and generators of synthetic content, which must label it.',
          ),
          term(
            'Minimal risk',
            'Everything else, such as spam filters, which the Act leaves largely untouched.',
          ),
        ),
        quote(
          { source: 'eur-lex', locator: 'Article 1(1)' },
          'The purpose of this Regulation is to improve the functioning of the internal market and promote the uptake of human-centric and trustworthy artificial intelligence (AI).',
        ),
        section(
          'General-purpose models',
          [
            p(
              'Providers of general-purpose AI models, the large models that underpin many products, face their own set of duties: technical documentation, a policy to respect EU copyright law and a summary of the content used for training. Models judged to pose ',
              em('systemic risk'),
              ' must also be evaluated, tested against attacks and monitored for serious incidents.',
            ),
          ],
          { number: '1.1', id: 'gpai' },
        ),
      ],
      { number: '1', id: 'risk' },
    ),
    section(
      'The timetable',
      [
        p('The Act applies in stages, according to the European Commission', cite('commission'), ':'),
        ul(
          '2 February 2025: the bans on unacceptable-risk practices and the duty to build AI literacy apply.',
          '2 August 2025: the rules for general-purpose AI models and the governance structure apply.',
          '2 August 2026: most remaining obligations, including those for high-risk systems listed in Annex III, apply.',
          '2 August 2027: the rules for high-risk AI embedded in products already covered by EU safety law apply.',
        ),
        p(
          'Fines for the most serious breaches can reach 35 million euros or 7% of worldwide annual turnover, whichever is higher.',
        ),
      ],
      { number: '2', id: 'timetable' },
    ),
    section(
      'Who enforces it',
      [
        p(
          'Each member state designates national authorities to supervise the market. At EU level, the AI Office within the Commission oversees general-purpose models, supported by a scientific panel of independent experts and an advisory forum of stakeholders. The full text is available on ',
          link('https://eur-lex.europa.eu/eli/reg/2024/1689/oj', 'EUR-Lex'),
          '.',
        ),
      ],
      { number: '3', id: 'enforcement' },
    ),
    conclusion('What to watch', [
      p(
        'Much of the detail still lies ahead: harmonised standards, codes of practice and guidelines will shape how the broad principles work in practice. Organisations that build or deploy AI in Europe have until August 2026 for most obligations, and the first bans apply from February 2025.',
      ),
    ]),
  ],
  sources: [
    source({
      id: 'eur-lex',
      outlet: 'EUR-Lex',
      title: 'Regulation (EU) 2024/1689 (Artificial Intelligence Act)',
      url: 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj',
      kind: 'official-statement',
      published: '2024-07-12',
    }),
    source({
      id: 'commission',
      outlet: 'European Commission',
      title: 'AI Act enters into force',
      url: 'https://commission.europa.eu/news/ai-act-enters-force-2024-08-01_en',
      kind: 'official-statement',
      published: '2024-08-01',
    }),
  ],
});
