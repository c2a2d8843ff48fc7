import Button from '@atlaskit/button/new';
import { useState } from 'react';
import type { WishSubmitted } from '../../../../src/contract';
import { View } from '../../components/View';
import { useI18n } from '../../lib/i18n';
import { SubmittedMessage, SubmitWishForm } from './SubmitWishForm';

/**
 * "Submit a wish" above a list of wishes: the button, the form once opened, and the receipt after
 * submitting. The Wishes sub-page and the global wishes page share it; `onSubmitted` reloads the list.
 */
export function WishIntakeBlock({ onSubmitted }: { onSubmitted: () => void }) {
  const { t } = useI18n();
  const [submitting, setSubmitting] = useState(false);
  const [submitted, setSubmitted] = useState<WishSubmitted | null>(null);
  return (
    <>
      {submitted && <SubmittedMessage result={submitted} onClose={() => setSubmitted(null)} />}
      {submitting ? (
        <View fn="getWishIntake" input={{}}>
          {(intake) => (
            <SubmitWishForm
              intake={intake}
              onCancel={() => setSubmitting(false)}
              onSubmitted={(result) => {
                setSubmitting(false);
                setSubmitted(result);
                onSubmitted();
              }}
            />
          )}
        </View>
      ) : (
        <div>
          <Button appearance="primary" onClick={() => setSubmitting(true)} testId="wish-intake-open">
            {t('wishIntake.open')}
          </Button>
        </div>
      )}
    </>
  );
}
