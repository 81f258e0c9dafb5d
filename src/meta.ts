export { asOf, type DatasetInfo, dataVersion, datasets } from './generated/meta.js';
