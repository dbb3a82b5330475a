import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en.js';
import { fr } from '../../i18n/fr.js';
import { makeI18n } from '../../i18n/I18nProvider.js';
import type { ReportBlock, ReportDocument, ReportSection } from './reportDocument.js';
import { buildReport, reportPeriod } from './reportModel.js';
import { reportI18n } from './reportI18n.js';
import { aReportData, REPORT_TODAY } from './report.fixture.js';

const french = reportI18n(makeI18n('fr', fr));
const options = {
  today: REPORT_TODAY,
  now: new Date('2026-11-18T09:00:00.000Z'),
  name: '',
  includeNotes: false,
  includeCravings: false,
};

function section(report: ReportDocument, id: ReportSection['id']): ReportSection {
  const found = report.sections.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no ${id} section`);
  return found;
}

function blocks<K extends ReportBlock['kind']>(
  part: ReportSection,
  kind: K,
): Extract<ReportBlock, { kind: K }>[] {
  return part.blocks.filter((block): block is Extract<ReportBlock, { kind: K }> => block.kind === kind);
}

/** Every piece of text of the document, in reading order (what a PDF text extraction would find). */
function allText(report: ReportDocument): string {
  const parts = [report.title, report.notice, report.period, report.generated, report.person ?? ''];
  for (const part of report.sections) {
    parts.push(part.title);
    for (const block of part.blocks) {
      if (block.kind === 'paragraph') parts.push(block.text);
      if (block.kind === 'list') parts.push(...block.items);
      if (block.kind === 'table')
        parts.push(block.table.caption, ...block.table.columns, ...block.table.rows.flat());
      if (block.kind === 'chart') parts.push(block.chart.title, block.chart.limitLabel);
    }
  }
  return parts.join('\n');
}

describe('the report for the doctor (content model)', () => {
  it('covers the 12 weeks up to today, the current one included', () => {
    const period = reportPeriod(REPORT_TODAY);
    expect(period.mondays).toHaveLength(12);
    expect(period.from).toBe('2026-08-31');
    expect(period.mondays.at(-1)).toBe('2026-11-16');
    expect(period.to).toBe('2026-11-18');
  });

  it('has a header saying who made it and for which period, and numbered pages', () => {
    const report = buildReport(aReportData(), options, french);
    expect(report.notice).toBe(
      'Document établi par la personne, à partir de ses propres saisies dans l’application Oz.',
    );
    expect(report.period).toBe('Période\u00a0: du 31 août 2026 au 18 novembre 2026 (12 semaines)');
    expect(report.generated).toBe('Établi le 18 novembre 2026');
    expect(report.person).toBeNull();
    expect(report.pageLabel(2, 3)).toBe('Page 2 sur 3');
    expect(buildReport(aReportData(), { ...options, name: ' Camille ' }, french).person).toBe(
      'Nom\u00a0: Camille',
    );
  });

  it('lists every screening with its date, score out of the maximum and result', () => {
    const [table] = blocks(section(buildReport(aReportData(), options, french), 'screenings'), 'table');
    expect(table?.table.rows).toEqual([
      ['1 sept. 2026', 'AUDIT-C (test rapide, 3 questions)', '7 sur 12', 'Consommation à risque'],
      ['16 nov. 2026', expect.stringMatching(/^FACE/), '3 sur 20', expect.any(String)],
    ]);
  });

  it('charts 12 weekly totals against the repère of 10, marking the weeks above it', () => {
    const consumption = section(buildReport(aReportData(), options, french), 'consumption');
    const [chart] = blocks(consumption, 'chart');
    expect(chart?.chart.limit).toBe(10);
    expect(chart?.chart.bars).toHaveLength(12);
    expect(chart?.chart.bars.slice(-4).map((bar) => [bar.value, bar.above])).toEqual([
      [14, true],
      [9, false],
      [5, false],
      [0, false],
    ]);
    const text = blocks(consumption, 'paragraph').map((block) => block.text);
    expect(text[0]).toMatch(
      /^Repères de Santé publique France \(2017\)\u00a0: au maximum 10 verres standard par semaine, au maximum 2 par jour/,
    );
    expect(text).toContain('1 semaine sur 12 au-dessus de 10 verres standard.');
    const [table] = blocks(consumption, 'table');
    expect(table?.table.rows.at(-4)).toEqual(['26 oct.', '14,0', '140', '0', '0', '7/7']);
    expect(table?.table.rows.at(-3)).toEqual(['2 nov.', '9,0', '90', '3', '4', '7/7']);
    // An unfilled week is not a week without alcohol: 0 declared drink-free days, 0 of 7 filled.
    expect(table?.table.rows.at(0)).toEqual(['31 août', '0,0', '0', '0', '0', '0/7']);
  });

  it('says how each week went against the goal in force', () => {
    const goals = section(buildReport(aReportData(), options, french), 'goals');
    const [table] = blocks(goals, 'table');
    expect(table?.table.rows).toEqual([
      ['2 nov.', '≤ 10,0', '9,0', 'Objectif atteint'],
      ['9 nov.', '≤ 10,0', '5,0', 'Objectif atteint'],
      ['16 nov.', '≤ 10,0', '0,0', 'En cours'],
    ]);
    expect(blocks(goals, 'paragraph').map((block) => block.text)).toEqual([
      'Objectif en cours\u00a0: au plus 10,0 verres standard par semaine, jours sans alcool\u00a0: mardi.',
      'Objectif atteint 2 semaines sur 3.',
    ]);
    const none = section(buildReport(aReportData({ goals: [] }), options, french), 'goals');
    expect(blocks(none, 'paragraph')[0]?.text).toBe('Aucun objectif choisi sur la période.');
  });

  it('gives the gains against the typical week, or says why it cannot', () => {
    const gains = section(buildReport(aReportData(), options, french), 'gains');
    expect(blocks(gains, 'list')[0]?.items[1]).toMatch(/^Argent économisé\u00a0: \d/);
    expect(blocks(gains, 'paragraph')[0]?.text).toBe('10 jours sans alcool déclarés sur la période.');
    const data = aReportData();
    const without = buildReport(
      { ...data, preferences: { ...data.preferences, typicalWeek: null } },
      options,
      french,
    );
    expect(blocks(section(without, 'gains'), 'paragraph')[0]?.text).toMatch(
      /^La consommation habituelle avant Oz/,
    );
  });

  it('adds notes and cravings only when the person asks, and cravings only when the device has some', () => {
    const plain = buildReport(aReportData(), options, french);
    expect(plain.sections.map((part) => part.id)).toEqual(['screenings', 'consumption', 'goals', 'gains']);
    expect(allText(plain)).not.toContain('anniversaire');

    const full = buildReport(
      aReportData(),
      { ...options, includeNotes: true, includeCravings: true },
      french,
    );
    expect(full.sections.map((part) => part.id)).toEqual([
      'screenings',
      'consumption',
      'goals',
      'gains',
      'cravings',
      'notes',
    ]);
    expect(blocks(section(full, 'notes'), 'table')[0]?.table.rows).toEqual([
      ['13 nov.', 'Soirée d’anniversaire « difficile » ; j’ai dit non à 2 verres ≤ 5 €'],
    ]);
    expect(blocks(section(full, 'cravings'), 'list')[0]?.items).toEqual([
      '3 envies de boire notées\u00a0; intensité moyenne 5,7 sur 10.',
      'Sans boire ensuite\u00a0: 2 sur 3.',
      'Situations les plus fréquentes\u00a0: Stress, Entre amis.',
    ]);

    const noLog = buildReport(aReportData({ cravings: null }), { ...options, includeCravings: true }, french);
    expect(noLog.sections.map((part) => part.id)).not.toContain('cravings');
  });

  it('speaks English for an English-speaking person', () => {
    const report = buildReport(aReportData(), options, reportI18n(makeI18n('en', en)));
    expect(report.notice).toBe('Document made by the person, from their own entries in the Oz app.');
    expect(report.pageLabel(1, 2)).toBe('Page 1 of 2');
  });
});
