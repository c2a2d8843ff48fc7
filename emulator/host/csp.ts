import * as cheerio from 'cheerio';
import { CSPInjectionService, CSPProcessingService } from '@forge/csp';

/** The Content-Security-Policy Forge puts on a Custom UI page, computed as `forge tunnel` does. */
export function cspHeader(html: Buffer, permissions: unknown, hostname: string, reportUri: string): string {
  // The package's parameter types are narrower than what it accepts at run time.
  const processing = new CSPProcessingService({ info: () => undefined } as never, cheerio.load as never);
  const existingCSPDetails = processing.getCspDetails(html, permissions as never);
  return new CSPInjectionService()
    .getInjectableCSP({
      existingCSPDetails,
      microsEnv: 'prod',
      tunnelCSPReporterUri: reportUri,
      hostname,
    } as never)
    .join('; ');
}
