"""Common Chinese surnames: they tell a Han name heading a list item from a word or a phrase
("1. 张伟，专利审查员" from "1. 加强合作，..."), where no title marks the name."""

from __future__ import annotations

from parsers.han_names import split_han

__all__ = ["has_han_surname"]

# The most frequent one-character surnames of mainland China, Taiwan and Singapore, in
# simplified and traditional letters; the two-character ones are split_han's.
_WRITTEN = """
王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶
程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎
贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧
耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍
华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏
宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝封谈匡
鞠惠荆乐冀郁胥南班储栗燕楚鄢劳谌奚皮粟冼蔺楼满闻厉伊仝区郜海阚花权强帅屠朴盖练廉禹井祖
漆巴丰支卿狄平计索宣晋相初云容敬扈晁芮普阙浦戈伏鹿薄邸雍辜羊乌母裘亓修邰赫杭况宿鲜印逯
隆茹诸战慕危玉银亢嵇湛宾戎勾茅利於居揭干但尉斯元束檀衣信展阴昝智幸奉植衡富尧
張劉陳楊黃趙吳孫馬郭羅鄭謝許韓馮鄧蕭葉蘇魏呂盧鍾譚陸範廖賈韋鄒熊邱閆段賀顧龔萬錢嚴覃湯
溫莊聶魯嶽龐顏關蘭鮑饒穆農簡車項連蘆婁竇衛佟應臧閔鄔邊師欒隋鄺談匡鞠樂儲蘭區闞權強練
"""
_COMMON = frozenset(_WRITTEN.replace("\n", ""))


def has_han_surname(name: str) -> bool:
    """Whether `name` opens with a common one-character surname or a compound one.

    >>> has_han_surname("欧阳明辉"), has_han_surname("张伟"), has_han_surname("加强合作")
    (True, True, False)
    """
    surname = split_han(name)[0] or ""
    return len(surname) == 2 or surname in _COMMON
