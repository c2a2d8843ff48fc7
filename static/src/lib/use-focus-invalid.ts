import { useEffect, type RefObject } from 'react';

/**
 * After a failed save, takes the keyboard to the first field marked invalid in the form, or else
 * to the form's alert, so the problem is both seen and announced.
 */
export function useFocusFirstInvalid(form: RefObject<HTMLElement>, error: Error | null): void {
  useEffect(() => {
    if (!error || !form.current) return;
    const target =
      form.current.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      form.current.querySelector<HTMLElement>('[role="alert"]');
    if (target && !target.hasAttribute('tabindex') && target.getAttribute('role') === 'alert') {
      target.setAttribute('tabindex', '-1');
    }
    target?.focus();
  }, [error, form]);
}
