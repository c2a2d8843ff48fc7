/** OS2's governance documents: self-assessment JSON, governance and evaluation reports, decision log. */
export {
  DocumentError,
  mergeImportedEntries,
  type DocumentMetadata,
  type DocumentWarning,
  type ExportableAssessment,
  type ImportedAssessment,
  type ImportedEntry,
  type ImportResult,
  type MappedBy,
  type OtherStatus,
} from './common';
export * from './answer-text';
export * from './self-assessment-json';
export * from './governance-report';
export * from './evaluation-report';
export * from './decision-log';
export * from './import-preview';
