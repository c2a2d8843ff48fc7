import type IconButtonType from '@atlaskit/button/icon/button';
import { forwardRef, lazy, Suspense, type ComponentProps } from 'react';

/**
 * `@atlaskit/button/icon/button` as Atlaskit's SectionMessage sees it (redirected in static/vite.config.mts):
 * SectionMessage imports IconButton only for its dismiss button, and IconButton brings Tooltip, Popper
 * and the top layer (~30 KB gzip) into every module that can show a message. The app shows no dismissible
 * message, so this loads the real button only if one is ever rendered.
 */
const IconButton = lazy(() => import('@atlaskit/button/icon/button'));

const LazyIconButton = forwardRef<HTMLButtonElement, ComponentProps<typeof IconButtonType>>(
  function LazyIconButton(props, ref) {
    return (
      <Suspense fallback={null}>
        <IconButton {...props} ref={ref} />
      </Suspense>
    );
  },
);

export default LazyIconButton;
