import { router } from '@forge/bridge';
import { useEffect, useState, type MouseEvent, type ReactNode } from 'react';
import { safeHttpUrl } from '../lib/governance';
import { useI18n } from '../lib/i18n';
import { VisuallyHidden } from './VisuallyHidden';

/** Lets the browser handle modified clicks (new tab/window) itself. */
const isPlainClick = (e: MouseEvent) =>
  e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;

/** A Jira issue key that opens the issue in Jira (outside the app's frame). */
export function IssueLink({ issueKey, children }: { issueKey: string; children?: ReactNode }) {
  // Jira knows the issue's address; until it answers, a plain click still navigates.
  const [href, setHref] = useState('#');
  useEffect(() => {
    let live = true;
    router
      .getUrl({ target: 'issue', issueKey })
      .then((url) => live && url && setHref(url.toString()))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [issueKey]);
  return (
    <a
      href={href}
      onClick={(e) => {
        if (!isPlainClick(e)) return;
        e.preventDefault();
        void router.navigate({ target: 'issue', issueKey });
      }}
    >
      {children ?? issueKey}
    </a>
  );
}

/** An outside http(s) link, opened in a new tab; anything else is shown as plain text, never as a link. */
export function ExternalLink({ href, children }: { href: string; children?: ReactNode }) {
  const { t } = useI18n();
  const url = safeHttpUrl(href);
  if (!url) return <span>{children ?? href}</span>;
  return (
    <a
      href={url}
      target="_blank"
      rel="noopener noreferrer"
      onClick={(e) => {
        if (!isPlainClick(e)) return;
        e.preventDefault();
        void router.open(url);
      }}
      style={{ overflowWrap: 'anywhere' }}
    >
      {children ?? href}
      <VisuallyHidden> ({t('common.opensInNewTab')})</VisuallyHidden>
    </a>
  );
}
