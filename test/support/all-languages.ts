/**
 * Every test runs with the words of every language loaded, as the command line does; the pane's
 * lazy loading of the Chinese problem words is tested on its own (test/i18n/problem-words-loading).
 */
import "../../src/i18n/problem-messages-chinese";
