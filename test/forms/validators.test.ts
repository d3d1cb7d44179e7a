import { expect } from '@open-wc/testing';
import { checkResidentId, checkCreditCode, checkPhone, checkMobile, checkPostcode, checkEmail, maskId } from '../../src/forms/validators.js';

describe('form validators', () => {
  it('GB 11643 resident ID: valid numbers, including an X check digit and a 29 February birth date', () => {
    for (const id of ['11010519491231002X', '11010519491231002x', '440308199901010012', '320583200002291235', '510104197510101016']) {
      expect(checkResidentId(id), id).to.be.undefined;
    }
  });

  it('GB 11643 resident ID: wrong check digit, impossible date, unknown region, wrong length', () => {
    expect(checkResidentId('110105194912310021')).to.equal('id-checksum');
    expect(checkResidentId('440308199902300012')).to.equal('id-date'); // 30 February
    expect(checkResidentId('320583200102291235')).to.equal('id-date'); // 29 February in a common year
    expect(checkResidentId('110105209912310021', new Date('2026-11-22'))).to.equal('id-date'); // born in the future
    expect(checkResidentId('990105194912310021')).to.equal('id-region');
    expect(checkResidentId('11010519491231002')).to.equal('id-format');
    expect(checkResidentId('1101051949123100XX')).to.equal('id-format');
  });

  it('GB 32100 unified social credit code: valid codes and a wrong check character', () => {
    for (const code of ['91350100M000100Y43', '91110000600037341L', '12100000400000376P']) expect(checkCreditCode(code), code).to.be.undefined;
    expect(checkCreditCode('91350100M000100Y44')).to.equal('uscc-checksum');
    expect(checkCreditCode('91350100M000100Y4')).to.equal('uscc-format');
    expect(checkCreditCode('91350100M000100I43')).to.equal('uscc-format'); // I is not in the character set
  });

  it('mobile and landline numbers, postcodes and e-mail', () => {
    expect(checkMobile('13800138000')).to.be.undefined;
    expect(checkMobile('138 0013 8000')).to.be.undefined;
    expect(checkMobile('12800138000')).to.equal('mobile');
    expect(checkMobile('1380013800')).to.equal('mobile');
    expect(checkPhone('0373-5551009')).to.be.undefined;
    expect(checkPhone('010-12345678-801')).to.be.undefined;
    expect(checkPhone('03735551009')).to.be.undefined;
    expect(checkPhone('5551009')).to.equal('phone');
    expect(checkPhone('0373-5551009', false)).to.equal('phone');
    expect(checkPostcode('453000')).to.be.undefined;
    expect(checkPostcode('45300')).to.equal('postcode');
    expect(checkEmail('name@example.com')).to.be.undefined;
    expect(checkEmail('name@example')).to.equal('email');
  });

  it('masks ID numbers for display', () => {
    expect(maskId('11010519491231002X')).to.equal('1101**********002X');
  });
});
