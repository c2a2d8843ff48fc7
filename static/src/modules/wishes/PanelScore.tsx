import Button from '@atlaskit/button/new';
import { Inline } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import { useState } from 'react';
import { SingleChoice } from '../../components/LazyChoice';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { SimpleTable } from '../../components/SimpleTable';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/rpc';
import { factorLabel, RATINGS } from '../../lib/wishes';
import { formBox, PanelSection, subtle, useStamp, useWishPanel, useWishWrite } from './panel-context';
import { ScoreText } from './WishStatusLozenge';

type RatingChoice = '0' | '1' | '2' | '3' | '4' | '5' | 'none';
const toChoice = (n: number | null): RatingChoice => (n === null ? 'none' : (String(n) as RatingChoice));
const fromChoice = (c: RatingChoice | null): number | null => (c === null || c === 'none' ? null : Number(c));

/** The priority score with every factor's share, raw value and contribution: nothing hidden. */
export function PanelScore() {
  const { t, text, locale } = useI18n();
  const { view, reload } = useWishPanel();
  const stamp = useStamp();
  const { wish, capabilities: can, score } = view;
  const [value, setValue] = useState<RatingChoice>(toChoice(wish.value));
  const [urgency, setUrgency] = useState<RatingChoice>(toChoice(wish.urgency));
  const rate = useWishWrite(() =>
    call('setWishRating', {
      value: fromChoice(value),
      urgency: fromChoice(urgency),
      basedOn: wish.prioritisedBy?.at ?? null,
    }),
  );
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const one = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const ratingOptions = [
    { value: 'none' as const, label: t('wish.score.notRated') },
    ...RATINGS.map((r) => ({ value: String(r) as RatingChoice, label: String(r) })),
  ];
  const id = 'os2-wish-rating';

  return (
    <PanelSection id="wish-score" title={t('wish.score.heading')}>
      <p style={{ margin: 0, font: token('font.heading.medium') }} data-testid="wish-score-total">
        {t('wish.score.total')} <ScoreText score={score.total} />{' '}
        <span style={subtle}>{t('wish.score.ofHundred')}</span>
      </p>
      <SimpleTable
        testId="wish-score-factors"
        labelledBy="wish-score-heading"
        dense
        columns={[
          { key: 'factor', label: t('wish.score.factor') },
          { key: 'weight', label: t('wish.score.weight'), align: 'end' },
          { key: 'contribution', label: t('wish.score.contribution'), align: 'end' },
          { key: 'why', label: t('wish.score.why') },
        ]}
        rows={score.factors.map((f) => ({
          key: f.key,
          cells: {
            factor: factorLabel(t, f.key),
            weight: `${f.weight} (${percent.format(f.share)})`,
            contribution: one.format(f.contribution),
            why: text(f.explanation),
          },
        }))}
      />
      <p style={{ ...subtle, margin: 0 }}>{t('wish.score.formula')}</p>
      {wish.prioritisedBy && (
        <p style={{ ...subtle, margin: 0 }}>
          {t('wish.score.ratedBy', { who: stamp(wish.prioritisedBy.by, wish.prioritisedBy.at) })}
        </p>
      )}
      {can.canRate && (
        <form
          noValidate
          style={formBox}
          onSubmit={(e) => {
            e.preventDefault();
            void rate.run();
          }}
        >
          <Inline space="space.100" alignBlock="end" shouldWrap>
            <Field id={`${id}-value`} label={t('wish.score.value')}>
              <SingleChoice<RatingChoice>
                id={`${id}-value`}
                options={ratingOptions}
                value={value}
                onChange={(c) => c && setValue(c)}
                testId="wish-rating-value"
              />
            </Field>
            <Field id={`${id}-urgency`} label={t('wish.score.urgency')}>
              <SingleChoice<RatingChoice>
                id={`${id}-urgency`}
                options={ratingOptions}
                value={urgency}
                onChange={(c) => c && setUrgency(c)}
                testId="wish-rating-urgency"
              />
            </Field>
          </Inline>
          {rate.error && (
            <div role="alert">
              <ErrorMessage error={rate.error} onReload={() => void reload()} />
            </div>
          )}
          <div>
            <Button type="submit" isLoading={rate.pending} testId="wish-rating-save">
              {t('wish.score.saveRating')}
            </Button>
          </div>
        </form>
      )}
    </PanelSection>
  );
}
