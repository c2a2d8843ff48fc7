import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { Stack } from '@atlaskit/primitives';
import { useRef } from 'react';
import { useI18n } from '../../lib/i18n';
import { useGovernance } from './context';
import { DocumentExport } from './DocumentExport';
import { DocumentImport } from './DocumentImport';
import { CURRENT_CATALOGUE_VERSION, supportsDocuments } from '../../../../src/domain/catalogue/vocabulary';

/**
 * OS2's own documents: download the self-assessment, the reports and the decision log,
 * and read a self-assessment or an evaluation report back in, previewed before anything is written.
 */
export function DocumentsTab() {
  const { t } = useI18n();
  const { view, can } = useGovernance();
  const importHeading = useRef<HTMLHeadingElement>(null);

  if (!view.profile) {
    return (
      <SectionMessage appearance="information" title={t('governance.documents.unavailableTitle')}>
        <p>{t('governance.documents.notLinked')}</p>
      </SectionMessage>
    );
  }
  if (!supportsDocuments(view.catalogueVersion)) {
    return (
      <SectionMessage appearance="information" title={t('governance.documents.unavailableTitle')}>
        <p>
          {t('governance.documents.oldCatalogue', {
            version: view.catalogueVersion,
            current: CURRENT_CATALOGUE_VERSION,
          })}
        </p>
      </SectionMessage>
    );
  }

  const canImport = can.canEditAssessment || can.canEvaluate;
  return (
    <Stack space="space.400">
      <DocumentExport />
      <section aria-labelledby="os2-documents-import">
        <Stack space="space.150">
          <h2 id="os2-documents-import" ref={importHeading} tabIndex={-1} style={{ margin: 0 }}>
            <Heading size="medium" as="span">
              {t('governance.documents.import.heading')}
            </Heading>
          </h2>
          {canImport ? (
            <>
              <p style={{ margin: 0 }}>{t('governance.documents.import.intro')}</p>
              <DocumentImport headingRef={importHeading} />
            </>
          ) : (
            <p data-testid="import-read-only" style={{ margin: 0 }}>
              {t('governance.documents.import.readOnly')}
            </p>
          )}
        </Stack>
      </section>
    </Stack>
  );
}
