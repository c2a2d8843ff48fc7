import { Inline } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import {
  JIRA_STATUS_CATEGORIES,
  WISH_STATUSES,
  type JiraStatusCategory,
  type StatusCategoryMapping,
} from '../../../../src/domain/wish/vocabulary';
import { SingleChoice } from '../../components/Choice';
import { describedBy, Field } from '../../components/Field';
import { useI18n } from '../../lib/i18n';
import { statusLabel } from '../../lib/wishes';

/** The settings' mapping from wish statuses to Jira status categories: one choice per status. */
export function StatusMappingSection({
  value,
  defaults,
  disabled,
  onChange,
}: {
  value: StatusCategoryMapping;
  defaults: StatusCategoryMapping;
  disabled: boolean;
  onChange: (next: StatusCategoryMapping) => void;
}) {
  const { t } = useI18n();
  const category = (c: JiraStatusCategory) => t(`wish.jiraCategory.${c}`);
  const options = JIRA_STATUS_CATEGORIES.map((c) => ({ value: c, label: category(c) }));
  return (
    <fieldset
      style={{ border: 0, padding: 0, margin: 0 }}
      aria-describedby="os2-wish-mapping-help"
      data-testid="wish-status-mapping"
    >
      <legend style={{ fontWeight: token('font.weight.semibold'), padding: 0 }}>
        {t('wish.settings.mapping.legend')}
      </legend>
      <p id="os2-wish-mapping-help" style={{ margin: 0, color: token('color.text.subtle') }}>
        {t('wish.settings.mapping.help')}
      </p>
      <Inline space="space.150" shouldWrap>
        {WISH_STATUSES.map((status) => {
          const id = `os2-wish-mapping-${status}`;
          return (
            <div key={status} style={{ minWidth: 180 }}>
              <Field
                id={id}
                label={statusLabel(t, status)}
                help={t('wish.settings.mapping.default', { category: category(defaults[status]) })}
              >
                <SingleChoice<JiraStatusCategory>
                  id={id}
                  options={options}
                  value={value[status]}
                  onChange={(next) => next && onChange({ ...value, [status]: next })}
                  isDisabled={disabled}
                  describedBy={describedBy(id, { help: true })}
                  testId={`wish-mapping-${status}`}
                />
              </Field>
            </div>
          );
        })}
      </Inline>
    </fieldset>
  );
}
