/**
 * Imported for its effect: adds the Simplified and Traditional Chinese problem words. The command
 * line imports it at start; the pane loads it with `loadProblemWords` (its own chunk).
 */
import { addProblemCatalogs } from "./problem-messages";
import { ZH_CN_PROBLEMS } from "./problem-messages/zh-CN";
import { ZH_TW_PROBLEMS } from "./problem-messages/zh-TW";

addProblemCatalogs({ "zh-CN": ZH_CN_PROBLEMS, "zh-TW": ZH_TW_PROBLEMS });
