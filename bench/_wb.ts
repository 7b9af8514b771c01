import { widgetBench } from './widget'
await widgetBench()
