import type { ReactNode } from 'react';
import { BarChart } from '../charts/BarChart.js';
import type { ReportBlock, ReportDocument, ReportTable } from './reportDocument.js';

function Table({ table }: { readonly table: ReportTable }): ReactNode {
  // Wide tables scroll inside their own focusable box on small screens; the page itself never scrolls sideways.
  return (
    <div className="report-table-wrap" role="region" aria-label={table.caption} tabIndex={0}>
      <table className="report-table">
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column, index) => (
              <th key={column} scope="col" className={table.numeric[index] === true ? 'numeric' : undefined}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, rowIndex) => (
            <tr key={`${String(rowIndex)}-${row[0] ?? ''}`}>
              {row.map((cell, index) =>
                index === 0 ? (
                  <th key={table.columns[index]} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td
                    key={table.columns[index]}
                    className={table.numeric[index] === true ? 'numeric' : undefined}
                  >
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Block({ block, id }: { readonly block: ReportBlock; readonly id: string }): ReactNode {
  switch (block.kind) {
    case 'paragraph':
      return <p className={block.muted === true ? 'small muted' : undefined}>{block.text}</p>;
    case 'list':
      return (
        <ul>
          {block.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      );
    case 'table':
      return <Table table={block.table} />;
    case 'chart':
      return (
        <BarChart
          id={id}
          title={block.chart.title}
          description={block.chart.limitLabel}
          bars={block.chart.bars.map((bar, index) => ({
            key: String(index),
            label: bar.label,
            value: bar.value,
          }))}
          limit={block.chart.limit}
          limitLabel={block.chart.limitLabel}
        />
      );
  }
}

/** The report as a page (and, with report.css, as a printout): the same document the PDF draws. */
export function ReportView({ report }: { readonly report: ReportDocument }): ReactNode {
  return (
    <article className="report-sheet" lang={report.lang} aria-labelledby="report-sheet-title">
      <header>
        <h2 id="report-sheet-title">{report.title}</h2>
        <p className="report-notice">
          <strong>{report.notice}</strong>
        </p>
        <p>{report.period}</p>
        <p className="small muted">{report.generated}</p>
        {report.person === null ? null : <p>{report.person}</p>}
      </header>
      {report.sections.map((section) => (
        <section key={section.id} aria-labelledby={`report-${section.id}`}>
          <h3 id={`report-${section.id}`}>{section.title}</h3>
          {section.blocks.map((block, index) => (
            <Block
              key={`${section.id}-${String(index)}`}
              block={block}
              id={`report-${section.id}-${String(index)}`}
            />
          ))}
        </section>
      ))}
      <footer className="small muted">{report.footer}</footer>
    </article>
  );
}
