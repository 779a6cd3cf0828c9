// Shared by the analyser's QA suites: what the reasons analyze() gives for a text weigh, in sum and one by one.
import { analyze } from '../../../utils/analysis/index';

/** The sum of the weights of the reasons analyze() gives for `text`: the side the rules put it on. */
export const net = (text: string): number => analyze(text).reasons.reduce((sum, reason) => sum + reason.weight, 0);

/** The weight of the reason whose text is `words` (any case), or undefined when it carries none. */
export const weightOf = (text: string, words: string): number | undefined =>
  analyze(text).reasons.find((reason) => reason.text.toLowerCase() === words.toLowerCase())?.weight;
