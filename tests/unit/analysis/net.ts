// Shared by the analyser's QA suites: what the reasons analyze() gives for a text weigh in sum.
import { analyze } from '../../../utils/analysis/index';

/** The sum of the weights of the reasons analyze() gives for `text`. */
export const net = (text: string): number => analyze(text).reasons.reduce((sum, reason) => sum + reason.weight, 0);
