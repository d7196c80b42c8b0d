/**
 * Which services are special: LOU bilaga 2 (Annex XIV of Directive 2014/24/EU), the art. 77 list
 * that 19 kap. 25 § LOU (earlier 19 kap. 6 a §) lets a buyer reserve, the services LOV covers,
 * and the welfare services of bilaga 2 a (2019-01-01 .. 2022-01-31).
 *
 * The first CPV code of a case is its main subject, as in a contract notice; the others are
 * additional codes. Classification follows the main code (a mixed contract is governed by its
 * main subject, art. 3 of the directive), and the rules warn when additional codes fall outside.
 */
import { FALSE, TRUE, unknown, type Tri } from '../../engine';
import lists from './special-services.json';

const annexXiv = new Set(lists.annexXiv);
const art77 = new Set(lists.art77);
const lovScope = new Set(lists.lovScope);
const bilaga2aPartial = new Set(lists.bilaga2aPartial);

/** A CPV list the rules test membership of. */
export type ServiceList = 'bilaga-2' | 'art-77' | 'lov';

const LISTS: Record<ServiceList, Set<string>> = {
  'bilaga-2': annexXiv,
  'art-77': art77,
  lov: lovScope,
};

/** Whether the main CPV code is on the list; unknown until a CPV code is given. */
export function mainCpvIn(list: ServiceList, cpv: readonly string[] | null | undefined): Tri {
  const main = cpv?.[0];
  if (main === undefined) return unknown('subject.cpv');
  return LISTS[list].has(main) ? TRUE : FALSE;
}

/** The additional CPV codes that are not on the list. */
export function additionalCpvOutside(
  list: ServiceList,
  cpv: readonly string[] | null | undefined,
): string[] {
  return (cpv ?? []).slice(1).filter((code) => !LISTS[list].has(code));
}

/**
 * Whether the main CPV code is a welfare service (bilaga 2 a). The shipped list is incomplete:
 * a listed code is a welfare service, a code outside bilaga 2 is not, and anything else stays
 * unknown — with no question to ask, because the missing piece is data, not a fact of the case.
 */
export function welfareService(cpv: readonly string[] | null | undefined): Tri {
  const main = cpv?.[0];
  if (main === undefined) return unknown('subject.cpv');
  if (bilaga2aPartial.has(main)) return TRUE;
  if (!annexXiv.has(main)) return FALSE;
  return unknown();
}
