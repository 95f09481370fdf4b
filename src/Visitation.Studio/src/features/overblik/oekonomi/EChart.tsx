import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';

echarts.use([BarChart, LineChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

interface Props {
  option: EChartsCoreOption;
  /** The chart's text alternative, read by screen readers instead of the drawing. */
  label: string;
  height?: number;
}

/** An Apache ECharts chart with its aria description and decal patterns on, so no figure is told by colour alone. */
export function EChart({ option, label, height = 320 }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current, undefined, { renderer: 'svg' });
    chart.setOption({ aria: { enabled: true, label: { description: label }, decal: { show: true } }, animation: false, ...option });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [option, label]);
  return <div ref={ref} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
