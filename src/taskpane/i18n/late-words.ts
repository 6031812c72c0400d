/**
 * Imported for its effect by every module of a lazily loaded part that shows a late word: the
 * import carries the late catalogs into that part's chunk and adds them before the part renders.
 */
import { addLateCatalogs } from "../../i18n/messages";
import { lateCatalogs } from "../../i18n/messages-late";

addLateCatalogs(lateCatalogs);
