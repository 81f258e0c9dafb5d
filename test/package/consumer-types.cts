// Type-checked as CommonJS under `moduleResolution: node16`: the require branch's .d.cts types.
import trade = require('us-mexico-relations/trade');
import root = require('us-mexico-relations');

const total: number = trade.tradeTotal(2023);
const rank: number | undefined = root.mexicoRank(2023);
export = { total, rank };
