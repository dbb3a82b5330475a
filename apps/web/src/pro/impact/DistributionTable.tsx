import type { Distribution } from '@oz/contracts';
import type { ReactNode } from 'react';
import { useProI18n, type ProMessageKey } from '../i18n/ProI18n.js';
import { ProTable } from '../shell/ProTable.js';
import { countText, keyText } from './published.js';

/** One distribution as a table: each category, then the total (withheld numbers in words). */
export function DistributionTable(props: {
  readonly title: ProMessageKey;
  readonly data: Distribution;
}): ReactNode {
  const i18n = useProI18n();
  const { t } = i18n;
  const id = `impact-${props.title.replace(/\W/g, '-')}`;
  return (
    <section className="impact-distribution" aria-labelledby={id}>
      <h3 id={id}>{t(props.title)}</h3>
      <ProTable caption={t(props.title)} columns={[t('impact.category'), t('impact.count')]}>
        {props.data.categories.map((category) => (
          <tr key={category.key}>
            <th scope="row">{keyText(category.key, category.label, t)}</th>
            <td>{countText(category.count, i18n)}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">{t('impact.total')}</th>
          <td>{countText(props.data.total, i18n)}</td>
        </tr>
      </ProTable>
    </section>
  );
}
