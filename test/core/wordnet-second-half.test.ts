import { describeWordnetHalf } from '../helpers/wordnet-half.js';

describeWordnetHalf(1);
