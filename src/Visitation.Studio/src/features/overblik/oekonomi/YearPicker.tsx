import { useI18n } from '../../../i18n';
import { useYear } from './useYear';

export function YearPicker() {
  const { t } = useI18n();
  const [year, setYear] = useYear();
  const years = Array.from({ length: 7 }, (_, i) => new Date().getFullYear() - 4 + i);
  return (
    <label className="oek-year">
      {t('oekonomi.year')}{' '}
      <select value={year} onChange={(e) => setYear(Number(e.target.value))}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}
