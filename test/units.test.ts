import { describe, expect, it } from 'vitest';
import { readUnits } from '../src/core/draft/units.js';

describe('readUnits', () => {
  it('reads lead and responsible units with half-width punctuation and a space', () => {
    const text = '着力构建现代产业体系。(牵头单位: 区政府办;责任单位:区发改局、区经信局、狮子山高新区)';
    const annotation = readUnits(text)!;
    expect(annotation.units).toEqual({ lead: ['区政府办'], responsible: ['区发改局', '区经信局', '狮子山高新区'] });
    expect(text.slice(annotation.start)).toBe('(牵头单位: 区政府办;责任单位:区发改局、区经信局、狮子山高新区)');
    expect(text.slice(annotation.responsible!.start, annotation.responsible!.end)).toBe('区发改局、区经信局、狮子山高新区');
    expect(annotation.responsible!.separator).toBe('、');
  });

  it('reads full-width punctuation, a space before the parenthesis and a closing full stop', () => {
    const annotation = readUnits('搭建一批重要平台。 （牵头单位：区商务局；责任单位：区招商局、区发改局）。')!;
    expect(annotation.units).toEqual({ lead: ['区商务局'], responsible: ['区招商局', '区发改局'] });
  });

  it('reads an annotation with no full stop before it and one with a lead unit only', () => {
    expect(readUnits('提升园区承载能力(牵头单位:区住建局;责任单位:区征迁中心)')!.units.lead).toEqual(['区住建局']);
    expect(readUnits('支持帮助枞阳镇如期脱贫。(牵头单位:区农林水利局)')!.units).toEqual({ lead: ['区农林水利局'], responsible: [] });
  });

  it('reads an annotation whose closing parenthesis is missing', () => {
    expect(readUnits('提高服务效率。(牵头单位:区科技局;责任单位:狮子山高新区、区发改局')!.units).toEqual({
      lead: ['区科技局'],
      responsible: ['狮子山高新区', '区发改局'],
    });
  });

  it('reads English annotations', () => {
    const annotation = readUnits('Improve the service. (Lead: Science Bureau; Responsible: High-tech Zone, Finance Office and Education Bureau)')!;
    expect(annotation.units).toEqual({ lead: ['Science Bureau'], responsible: ['High-tech Zone', 'Finance Office', 'Education Bureau'] });
    expect(annotation.language).toBe('en');
  });

  it('finds none in a paragraph without one', () => {
    expect(readUnits('区五大发展行动领导小组加强统筹协调和谋划(见附件)。')).toBeNull();
  });
});
